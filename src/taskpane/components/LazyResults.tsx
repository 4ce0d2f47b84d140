import { cloneElement, useEffect, useState, type ComponentProps } from 'react';
import { makeStyles } from '@fluentui/react-components';

type Parts = typeof import('./results-parts');

// the chunk, once loaded: later renders use it synchronously (no Suspense fallback, no flash)
let loaded: Parts | null = null;
let pending: Promise<Parts> | null = null;

/** Starts loading the results chunk (once); the pane calls it after its first render, long before a check ends. */
export function loadResultParts(): Promise<Parts> {
  pending ??= import(/* webpackChunkName: "results" */ './results-parts').then((m) => (loaded = m));
  return pending;
}

/** The results chunk, or null while it loads (the caller re-renders when it arrives). */
function useResultParts(): Parts | null {
  const [parts, setParts] = useState(loaded);
  useEffect(() => {
    if (parts) return;
    let live = true;
    void loadResultParts().then((m) => live && setParts(m));
    return () => {
      live = false;
    };
  }, [parts]);
  return parts;
}

const useStyles = makeStyles({
  // the triage bar's height (a small button) while its chunk loads, so the list below does not jump
  bar: { minHeight: '24px' },
});

export function LazyTriageBar(props: ComponentProps<Parts['TriageBar']>) {
  const parts = useResultParts();
  const styles = useStyles();
  return parts ? <parts.TriageBar {...props} /> : <div className={styles.bar} />;
}

export function LazyFindingList(props: ComponentProps<Parts['FindingList']>) {
  const parts = useResultParts();
  return parts ? <parts.FindingList {...props} /> : null;
}

/** A report menu; until its chunk is there, its trigger button alone, disabled. */
export function LazyReportMenu(props: ComponentProps<Parts['ReportMenu']>) {
  const parts = useResultParts();
  return parts ? <parts.ReportMenu {...props} /> : cloneElement(props.trigger, { disabled: true });
}
