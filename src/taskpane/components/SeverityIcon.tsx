import { tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../model/finding';
import { SEVERITY_LABEL } from '../../app/findings-view';

export function SeverityIcon({ severity }: { severity: Severity }) {
  const label = SEVERITY_LABEL[severity];
  if (severity === 'error')
    return <ErrorCircle16Filled aria-label={label} primaryFill={tokens.colorPaletteRedForeground1} />;
  if (severity === 'warning')
    return <Warning16Filled aria-label={label} primaryFill={tokens.colorPaletteMarigoldForeground1} />;
  return <Info16Filled aria-label={label} primaryFill={tokens.colorBrandForeground1} />;
}
