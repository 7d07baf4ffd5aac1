// Everything the page shows from an article (text, ids, titles, names) goes through here, so that
// no input can open a tag or leave an attribute.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and quoted attribute values. */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * JSON inside <script type="application/json">: `<` escaped so that no `</script>` or `<!--`
 * in the data ends the element early; JSON.parse reads the escape back.
 */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
