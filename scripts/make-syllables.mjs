// Regenerates utils/search/data/syllables.ts from pinyin-pro: every toneless reading of every
// character in U+4E00–U+9FFF, ü written v. Run: node scripts/make-syllables.mjs
import { writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const set = new Set();
for (let code = 0x4e00; code <= 0x9fff; code++) {
  for (const reading of pinyin(String.fromCharCode(code), { toneType: 'none', type: 'array', multiple: true })) {
    if (/^[a-zü]+$/.test(reading)) set.add(reading.replace('ü', 'v'));
  }
}
const list = [...set].sort();
let out = `/**\n * Every toneless pinyin syllable (ü written v), as pinyin-pro reads the CJK Unified Ideographs block.\n * Used to split full-pinyin queries (\`tuikuan\` → tui + kuan). Regenerate with scripts/make-syllables.mjs.\n */\nexport const SYLLABLES: readonly string[] = [\n`;
for (let i = 0; i < list.length; i += 12)
  out += `  ${list
    .slice(i, i + 12)
    .map((s) => `'${s}'`)
    .join(', ')},\n`;
out += '];\n';
writeFileSync(new URL('../utils/search/data/syllables.ts', import.meta.url), out);
console.log(`${list.length} syllables`);
