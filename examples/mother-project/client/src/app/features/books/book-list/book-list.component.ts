import { AsyncPipe, CurrencyPipe, DecimalPipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { Book, BookQuery } from '../../../core/models/book.model';
import { PagedResult } from '../../../core/models/paged-result.model';
import { AuthService } from '../../../core/services/auth.service';
import { BookService } from '../../../core/services/book.service';
import { CategoryService } from '../../../core/services/category.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';
import { TruncatePipe } from '../../../shared/pipes/truncate.pipe';

const SEARCH_DEBOUNCE_MS = 300;

@Component({
  selector: 'bn-book-list',
  standalone: true,
  imports: [AsyncPipe, CurrencyPipe, DecimalPipe, ReactiveFormsModule, RouterLink, PaginationComponent, TruncatePipe],
  templateUrl: './book-list.component.html',
  styleUrl: './book-list.component.scss'
})
export class BookListComponent implements OnInit {
  /** Optional ?categoryId= query parameter, e.g. when coming from the categories page. */
  @Input() categoryId?: string;

  readonly searchControl = new FormControl('', { nonNullable: true });
  readonly categoryControl = new FormControl('', { nonNullable: true });
  readonly availableOnlyControl = new FormControl(false, { nonNullable: true });
  readonly categories$ = this.categoryService.getCategories();

  result?: PagedResult<Book>;
  loading = false;
  private query: BookQuery = { page: 1, pageSize: 12 };

  constructor(
    private bookService: BookService,
    private categoryService: CategoryService,
    private authService: AuthService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    if (this.categoryId) {
      this.categoryControl.setValue(this.categoryId, { emitEvent: false });
      this.query = { ...this.query, categoryId: this.categoryId };
    }

    this.searchControl.valueChanges
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), distinctUntilChanged())
      .subscribe((search) => this.applyFilters({ search }));
    this.categoryControl.valueChanges.subscribe((categoryId) => this.applyFilters({ categoryId }));
    this.availableOnlyControl.valueChanges.subscribe((availableOnly) => this.applyFilters({ availableOnly }));

    this.loadBooks();
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadBooks();
  }

  private applyFilters(change: Partial<BookQuery>): void {
    this.query = { ...this.query, ...change, page: 1 };
    this.loadBooks();
  }

  private loadBooks(): void {
    this.loading = true;
    this.bookService.getBooks(this.query).subscribe({
      next: (result) => {
        this.result = result;
        this.loading = false;
      },
      error: () => (this.loading = false)
    });
  }
}
