import { diagnosticRule } from './diagnostic-rule';

/** An unusual qualitative word: a hint only, and never on 决策/过程 rows (序时进度 is accepted there). */
export const rule = diagnosticRule(
  'expr.unknown-word',
  {
    severity: 'info',
    description: '定性指标值不是常用词（如“充分”“规范”“有效”“明显提升”），请确认是否可考核。',
    good: [{ indicator: '群众咨询问题便捷性', text: '提高' }],
    bad: [{ indicator: '社会效益', text: '搞好' }],
  },
  (v) => v.node.level1?.key !== 'decision' && v.node.level1?.key !== 'process',
);
