import { useDeferredValue, useState } from 'react';
import { Badge, Button, Field, Input, Select, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { Search20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import type { PaneActions } from '../../app/controller';
import type { PaneState } from '../../app/store';
import { LIBRARY, searchLibrary } from '../../templates/library';
import { msg } from '../../messages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'flex-end' },
  grow: { flexGrow: 1, minWidth: '140px' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  text: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  tags: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', alignItems: 'center' },
});

/** Most results shown at once (the library has 300+ entries). */
const SHOWN = 20;
const LEVEL2 = [...new Set(LIBRARY.map((e) => e.level2))];

/** 指标库: search by words and 二级, insert an entry below the selected row (a lazily loaded chunk). */
export default function LibrarySection({ state, actions }: { state: PaneState; actions: PaneActions }) {
  const styles = useStyles();
  const [words, setWords] = useState('');
  const [level2, setLevel2] = useState('');
  const query = useDeferredValue(words);
  const kind = state.result?.forms[0]?.kind;
  const hits = searchLibrary({
    words: query.split(/\s+/).filter(Boolean),
    level2: level2 || undefined,
    kind,
  });
  const busy = state.busy !== null;
  // the whole library is 300+ entries: results show once there is something to search for
  const searching = query.trim() !== '' || level2 !== '';
  return (
    <section className={styles.root} aria-labelledby="library-title" data-testid="library">
      <Subtitle2 as="h2" id="library-title">
        {msg('library.title')}
      </Subtitle2>
      <div className={styles.row}>
        <Field label={msg('library.search')} className={styles.grow}>
          <Input
            type="search"
            value={words}
            contentBefore={<Search20Regular />}
            placeholder={msg('library.searchPlaceholder')}
            onChange={(_, d) => setWords(d.value)}
            data-testid="library-search"
          />
        </Field>
        <Field label={msg('library.level2')}>
          <Select value={level2} onChange={(_, d) => setLevel2(d.value)} data-testid="library-level2">
            <option value="">{msg('library.allLevel2')}</option>
            {LEVEL2.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text size={200} aria-live="polite" data-testid="library-count">
        {!searching
          ? msg('library.hint', { count: LIBRARY.length })
          : hits.length
            ? msg('library.results', { count: hits.length, shown: Math.min(SHOWN, hits.length) })
            : msg('library.none')}
      </Text>
      <ul className={styles.list} data-testid="library-results">
        {(searching ? hits : []).slice(0, SHOWN).map((e) => (
          <li key={`${e.level2}/${e.name}`} className={styles.item}>
            <div className={styles.text}>
              <Text weight="semibold">{e.name}</Text>
              <Text size={200}>
                {e.level1} / {e.level2}
              </Text>
              <div className={styles.tags}>
                <Badge appearance="tint" color="informative" size="small">
                  {msg('library.operator')} {e.operator ?? msg('library.qualitative')}
                </Badge>
                {e.unit && (
                  <Badge appearance="tint" color="subtle" size="small">
                    {msg('library.unit')} {e.unit}
                  </Badge>
                )}
                <Text size={200}>
                  {msg('library.example')}：{e.example}
                </Text>
              </div>
            </div>
            <Button
              size="small"
              icon={<TableAdd20Regular />}
              disabled={busy}
              aria-label={msg('library.insertLabel', { name: e.name })}
              title={msg('library.insert')}
              onClick={() => void actions.insertLibraryEntry(e.name)}
              data-testid="library-insert"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
