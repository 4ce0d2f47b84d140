import type { ReactElement } from 'react';
import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';

export interface ReportChoice {
  label: string;
  onClick: () => void;
  testId: string;
}

/** A button that opens a menu of report formats (导出报告, 合并报告). */
export function ReportMenu({ trigger, choices }: { trigger: ReactElement; choices: readonly ReportChoice[] }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>{trigger}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          {choices.map((c) => (
            <MenuItem key={c.testId} onClick={c.onClick} data-testid={c.testId}>
              {c.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
