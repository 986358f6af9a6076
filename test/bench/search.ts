import Fuse from 'fuse.js';
import { builtinTemplates } from '../../utils/packs/builtin';
import { TemplateIndex } from '../../utils/search';
import { measure, printFigures, printRatio } from './harness';

// What agents type: words, shortcuts, prefixes, typos, in both languages.
const QUERIES = [
  '退款',
  '退款到账',
  '物流',
  '发货',
  'tk',
  '快递丢件',
  '道歉',
  '账号',
  '密码',
  'refund',
  'refnud',
  'tracking',
  'where is my order',
  'apology',
  'closing',
  'password reset',
  'kind:closing',
  'scenario:refund 到账',
  'invoice',
  'damaged',
];

export function benchSearch(): void {
  const templates = builtinTemplates();
  console.log(`built-in library: ${templates.length} templates, ${QUERIES.length} queries`);
  const defaultFuse = () => new Fuse(templates, { keys: ['shortcut', 'title', 'tags', 'body'] });
  const ours = new TemplateIndex(templates);
  const baseline = defaultFuse();

  const build = [
    measure('index build · ours (TemplateIndex)', () => new TemplateIndex(templates), { samples: 50, warmup: 5 }),
    measure('index build · baseline (default Fuse.js)', defaultFuse, { samples: 50, warmup: 5 }),
  ];
  const query = [
    measure('query · ours (TemplateIndex.search)', (i) => ours.search(QUERIES[i % QUERIES.length]!, { limit: 20 }), {
      samples: 400,
      warmup: 40,
    }),
    measure('query · baseline (default Fuse.js)', (i) => baseline.search(QUERIES[i % QUERIES.length]!), {
      samples: 400,
      warmup: 40,
    }),
  ];

  printFigures('Template search over the built-in packs', [...build, ...query]);
  printRatio('index build', build[0]!, build[1]!);
  printRatio('query', query[0]!, query[1]!);
}
