import { Pipe, PipeTransform } from '@angular/core';

/**
 * Shortens long text (book summaries, review bodies) at a word boundary.
 * Usage: {{ book.summary | truncate: 160 }}
 */
@Pipe({ name: 'truncate', standalone: true })
export class TruncatePipe implements PipeTransform {
  transform(value: string | null | undefined, maxLength = 120, ellipsis = '…'): string {
    if (!value || value.length <= maxLength) {
      return value ?? '';
    }

    const cut = value.slice(0, maxLength);
    const lastSpace = cut.lastIndexOf(' ');
    return (lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd() + ellipsis;
  }
}
