// Where the workplace's shared/ folder (dev set, scorer) sits: beside the repository. Tests that
// read it skip themselves when it is absent, so the suite passes on any machine.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DEV_DIR = fileURLToPath(new URL('../../../shared/eval/dev/', import.meta.url));
export const HAS_DEV = existsSync(DEV_DIR);
