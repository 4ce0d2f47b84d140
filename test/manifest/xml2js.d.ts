// xml2js ships no types; the manifest test needs only this.
declare module 'xml2js' {
  export function parseStringPromise(xml: string): Promise<unknown>;
}
