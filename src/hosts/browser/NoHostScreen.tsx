import { useState } from 'react';
import { Card, FluentProvider, Text, Title2, makeStyles, shorthands, tokens, webLightTheme } from '@fluentui/react-components';
import { DocumentTableSearch20Regular } from '@fluentui/react-icons';

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    padding: tokens.spacingHorizontalXL,
    boxSizing: 'border-box',
    fontFamily: `${tokens.fontFamilyBase}, "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif`,
  },
  card: { maxWidth: '560px', width: '100%', gap: tokens.spacingVerticalM },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: tokens.spacingVerticalXXL,
    textAlign: 'center',
    cursor: 'pointer',
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
});

export interface NoHostScreenProps {
  /** Browser file mode takes the dropped/picked workbooks; without it the screen only explains. */
  onFiles?: (files: File[]) => void;
  /** Shown under the drop zone (e.g. a file-mode error). */
  message?: string;
}

/** The page opened outside Excel: how to sideload, and where to drop an .xlsx (browser file mode). */
export function NoHostScreen({ onFiles, message }: NoHostScreenProps) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const take = (list: FileList | null) => {
    const files = [...(list ?? [])].filter((f) => /\.xlsx$/i.test(f.name));
    if (files.length === 0) setNote('请选择 .xlsx 格式的工作簿（.xls、.csv 请先在 Excel 中另存为 .xlsx）。');
    else if (onFiles) onFiles(files);
    else setNote(`已收到 ${files.map((f) => f.name).join('、')}。浏览器文件模式即将提供；现在请在 Excel 中打开本加载项进行校验。`);
  };
  return (
    <FluentProvider theme={webLightTheme} lang="zh-CN">
      <main className={styles.root} data-testid="no-host">
        <Card className={styles.card}>
          <Title2>预算绩效目标表校验</Title2>
          <Text size={400} weight="semibold">请在 Excel 中打开本加载项，或拖入 .xlsx 文件</Text>
          <Text>
            在 Excel 中：开始 → 加载项 → 我的加载项 → 上传我的加载项，选择 manifest.xml；加载后在“开始”选项卡点击“一键校验”。
          </Text>
          <label
            className={over ? `${styles.drop} ${styles.over}` : styles.drop}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(false);
              take(e.dataTransfer.files);
            }}
            data-testid="drop-zone"
          >
            <DocumentTableSearch20Regular />
            <Text block>把 .xlsx 工作簿拖到这里，或点击选择文件</Text>
            <input type="file" accept=".xlsx" multiple hidden onChange={(e) => take(e.target.files)} data-testid="file-input" />
          </label>
          {(note ?? message) && <Text data-testid="no-host-note">{note ?? message}</Text>}
        </Card>
      </main>
    </FluentProvider>
  );
}
