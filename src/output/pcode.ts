// OCHA p-codes versus the gazetteer's own ids. A gazetteer id is an OCHA p-code where one is known
// (SY04, SY0400, SY040000; C-codes for Damascus neighbourhoods); otherwise it is internal
// (sy:al-waer, cc:EG, SY02#rif-north-east) and must never reach a column that promises p-codes,
// where an analyst would join it against OCHA tables.
import type { PlaceRef } from '../schema.js';

const PCODE = /^(?:[A-Z]{2,3}\d{2,8}|C\d{4,})$/;

export const isPcode = (id: string | null): id is string => id !== null && PCODE.test(id);

/** The place's OCHA p-code, or null when its gazetteer id is not one. */
export const pcodeOf = (place: Pick<PlaceRef, 'id'>): string | null => (isPcode(place.id) ? place.id : null);
