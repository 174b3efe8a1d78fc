import { Component, EventEmitter, Input, Output } from '@angular/core';

/** Previous/next pager for PagedResult lists. Emits the requested page number. */
@Component({
  selector: 'bn-pagination',
  standalone: true,
  templateUrl: './pagination.component.html',
  styleUrl: './pagination.component.scss'
})
export class PaginationComponent {
  @Input({ required: true }) page = 1;
  @Input({ required: true }) totalPages = 0;
  @Input() totalCount = 0;
  @Output() pageChange = new EventEmitter<number>();

  get hasPrevious(): boolean {
    return this.page > 1;
  }

  get hasNext(): boolean {
    return this.page < this.totalPages;
  }

  goTo(page: number): void {
    if (page >= 1 && page <= this.totalPages && page !== this.page) {
      this.pageChange.emit(page);
    }
  }
}
