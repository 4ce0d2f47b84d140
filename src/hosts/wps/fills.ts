import { XL_COLOR_INDEX_NONE, type EtInterior } from './et-api';
import { bgrToHex, hexToBgr } from './colors';

/** A cell's fill as remembered: '#RRGGBB', or null for no fill (ColorIndex none — white fills stay white). */
export function readFill(interior: EtInterior): string | null {
  if (interior.ColorIndex === XL_COLOR_INDEX_NONE) return null;
  return bgrToHex(interior.Color);
}

export function writeFill(interior: EtInterior, color: string | null): void {
  if (color === null) interior.ColorIndex = XL_COLOR_INDEX_NONE;
  else interior.Color = hexToBgr(color);
}
