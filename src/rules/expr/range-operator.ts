import { diagnosticRule } from './diagnostic-rule';

/** “≥80-90%”: a comparison in front of a range says two things at once; the clerk keeps one. */
export const rule = diagnosticRule('expr.range-operator', {
  severity: 'warning',
  description: '区间前多写了比较符号（如“≥80-90%”），应只写区间或只写单一目标。',
  good: [
    { indicator: '项目完成率', text: '80-90%' },
    { indicator: '项目完成率', text: '≥80%' },
  ],
  bad: [{ indicator: '项目完成率', text: '≥80-90%', note: '区间和“≥”只能保留一个' }],
});
