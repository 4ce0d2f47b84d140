import {
  CHAR_FLAGS,
  CHAR_NUMERAL,
  CHAR_SPACE,
  CHAR_WORK,
  hasWhitespace,
  normalizeLabel,
  WORK_CHAR_CLASS,
} from '../../src/layout/normalize';

describe('normalizeLabel', () => {
  it('makes spaced, full-width, numbered and annotated labels equal to the dictionary word', () => {
    expect(normalizeLabel('绩 效 指 标')).toBe('绩效指标');
    expect(normalizeLabel('产出\n指标')).toBe('产出指标');
    expect(normalizeLabel('项目名称：')).toBe('项目名称');
    expect(normalizeLabel('资金总额（万元）')).toBe('资金总额');
    expect(normalizeLabel('*项目名称')).toBe('项目名称');
    expect(normalizeLabel('1、产出指标')).toBe('产出指标');
    expect(normalizeLabel('（二）效益指标')).toBe('效益指标');
    expect(normalizeLabel('产出指标50分')).toBe('产出指标');
    expect(normalizeLabel('指标值分')).toBe('指标值');
    expect(normalizeLabel('ＡＢＣ　名称')).toBe('ABC名称');
  });

  it('leaves a label without anything to normalise as it is', () => {
    expect(normalizeLabel('培训人次')).toBe('培训人次');
    expect(normalizeLabel('')).toBe('');
  });

  it('gives the same label when the same text comes again, also after many other texts', () => {
    const first = normalizeLabel('≤400元/人*天');
    expect(first).toBe('≤400元/人*天');
    for (let i = 0; i < 12000; i++) normalizeLabel(`${i} 名称`);
    expect(normalizeLabel('≤400元/人*天')).toBe(first);
    expect(normalizeLabel('12 名称')).toBe('12名称');
  });

  it('its character table agrees with the character classes for every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const flags = CHAR_FLAGS[code];
      if (
        ((flags & CHAR_WORK) !== 0) !== WORK_CHAR_CLASS.test(ch) ||
        ((flags & CHAR_SPACE) !== 0) !== /\s/.test(ch) ||
        ((flags & CHAR_NUMERAL) !== 0) !== /^[\d一二三四五六七八九十]$/.test(ch)
      )
        disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });

  it('finds whitespace as /\\s/ does', () => {
    for (const text of ['绩 效', '产出\n指标', '\u3000名称', 'a\u00a0b', '\ufeff', '\u2028'])
      expect(hasWhitespace(text)).toBe(true);
    for (const text of ['绩效', '', '\u200b', '（万元）']) expect(hasWhitespace(text)).toBe(false);
  });
});
