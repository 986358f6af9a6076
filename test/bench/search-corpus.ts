import { pinyin } from 'pinyin-pro';
import { builtinTemplates } from '../../utils/packs/builtin';
import type { LibraryTemplate } from '../../utils/packs/types';

/**
 * A large library for the search bench: every built-in template once per product line, the way a
 * team with many products keeps one variant of each reply per product. Deterministic.
 */
const PRODUCTS_ZH = [
  '空气净化器',
  '扫地机器人',
  '蓝牙耳机',
  '智能手表',
  '电动牙刷',
  '保温杯',
  '行李箱',
  '羽绒服',
  '跑步鞋',
  '咖啡机',
  '电饭煲',
  '吸尘器',
  '加湿器',
  '台灯',
  '机械键盘',
  '显示器',
  '路由器',
  '充电宝',
  '手机壳',
  '数据线',
  '婴儿车',
  '儿童座椅',
  '奶粉',
  '纸尿裤',
  '面霜',
  '防晒霜',
  '洗发水',
  '沐浴露',
  '香水',
  '口红',
  '茶叶',
  '坚果礼盒',
  '月饼',
  '大米',
  '橄榄油',
  '牛排',
  '水果',
  '鲜花',
  '宠物粮',
  '猫砂',
  '会员年卡',
  '视频会员',
  '云存储',
  '在线课程',
  '电子书',
  '门票',
  '酒店预订',
  '机票',
  '话费充值',
  '游戏点卡',
  '沙发',
  '床垫',
  '衣柜',
  '餐桌',
  '窗帘',
  '地毯',
  '收纳箱',
  '晾衣架',
  '床品四件套',
  '枕头',
  '自行车',
  '滑板车',
  '帐篷',
  '钓鱼竿',
];
const PRODUCTS_EN = [
  'Air purifier',
  'Robot vacuum',
  'Wireless earbuds',
  'Smartwatch',
  'Electric toothbrush',
  'Travel mug',
  'Suitcase',
  'Down jacket',
  'Running shoes',
  'Espresso machine',
  'Rice cooker',
  'Cordless vacuum',
  'Humidifier',
  'Desk lamp',
  'Mechanical keyboard',
  'Monitor',
  'Wi-Fi router',
  'Power bank',
  'Phone case',
  'USB cable',
  'Stroller',
  'Car seat',
  'Baby formula',
  'Diapers',
  'Face cream',
  'Sunscreen',
  'Shampoo',
  'Body wash',
  'Perfume',
  'Lipstick',
  'Green tea',
  'Nut gift box',
  'Mooncakes',
  'Jasmine rice',
  'Olive oil',
  'Steak box',
  'Fruit basket',
  'Flower bouquet',
  'Dog food',
  'Cat litter',
  'Annual membership',
  'Video subscription',
  'Cloud storage',
  'Online course',
  'E-book',
  'Concert ticket',
  'Hotel booking',
  'Flight',
  'Phone top-up',
  'Game credits',
  'Sofa',
  'Mattress',
  'Wardrobe',
  'Dining table',
  'Curtains',
  'Rug',
  'Storage box',
  'Drying rack',
  'Bedding set',
  'Pillow',
  'Bicycle',
  'Kick scooter',
  'Tent',
  'Fishing rod',
];

export function largeLibrary(size = 20_000): LibraryTemplate[] {
  const base = builtinTemplates();
  const out: LibraryTemplate[] = [];
  for (let i = 0; out.length < size; i++) {
    const template = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    const zh = template.locale.startsWith('zh');
    const product = (zh ? PRODUCTS_ZH : PRODUCTS_EN)[round % PRODUCTS_ZH.length]!;
    out.push({
      ...template,
      id: `${template.id}-${round}`,
      title: zh ? `${product}${template.title}` : `${product}: ${template.title}`,
      body: zh ? `关于您的${product}:${template.body}` : `About your ${product.toLowerCase()}: ${template.body}`,
      tags: [...template.tags, product.toLowerCase()],
      // Shortcuts stay unique: only the first variant keeps one.
      ...(round === 0 && template.shortcut ? { shortcut: template.shortcut } : { shortcut: undefined }),
    });
  }
  return out;
}

export type QueryKind = 'exact' | 'typo' | 'prefix' | 'pinyin' | 'initials' | 'mixed';
export interface LabelledQuery {
  kind: QueryKind;
  query: string;
  expected: string;
}

/** A small deterministic PRNG so the query set is the same in every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const HAN = /[\u4e00-\u9fff]/u;
const toPinyin = (text: string, pattern: 'pinyin' | 'first') =>
  pinyin([...text].filter((char) => HAN.test(char)).join(''), { toneType: 'none', type: 'array', pattern }).join('');

function typo(word: string, next: () => number): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(next() * (word.length - 3));
  return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
}

/**
 * What agents type to find one specific template among its product variants: the title, the title
 * with a typo, its first words, and for Chinese the pinyin, the initials and a mix.
 */
export function labelledQueries(library: readonly LibraryTemplate[], perKind = 12): LabelledQuery[] {
  const next = random(20261122);
  const pick = (zh: boolean) => {
    for (;;) {
      const template = library[Math.floor(next() * library.length)]!;
      if (template.locale.startsWith('zh') === zh) return template;
    }
  };
  const queries: LabelledQuery[] = [];
  for (let i = 0; i < perKind; i++) {
    const en = pick(false);
    const [product, title] = en.title.split(': ') as [string, string];
    queries.push({ kind: 'exact', query: en.title, expected: en.id });
    const words = en.title.split(' ');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    queries.push({ kind: 'typo', query: en.title.replace(longest, typo(longest, next)), expected: en.id });
    queries.push({ kind: 'prefix', query: `${product} ${title.split(' ').slice(0, 2).join(' ')}`, expected: en.id });

    const zh = pick(true);
    const product_ = PRODUCTS_ZH.find((name) => zh.title.startsWith(name))!;
    const rest = zh.title.slice(product_.length);
    queries.push({ kind: 'exact', query: zh.title, expected: zh.id });
    queries.push({
      kind: 'prefix',
      query: `${product_}${rest.slice(0, Math.max(2, Math.ceil(rest.length / 2)))}`,
      expected: zh.id,
    });
    queries.push({ kind: 'pinyin', query: `${toPinyin(product_, 'pinyin')} ${toPinyin(rest, 'pinyin')}`, expected: zh.id });
    queries.push({ kind: 'initials', query: `${toPinyin(product_, 'first')}${toPinyin(rest, 'first')}`, expected: zh.id });
    // Two characters of pinyin name a topic (退款), not one template: four pick it out, as with prefixes.
    queries.push({ kind: 'mixed', query: `${product_} ${toPinyin(rest.slice(0, 4), 'pinyin')}`, expected: zh.id });
  }
  return queries;
}
