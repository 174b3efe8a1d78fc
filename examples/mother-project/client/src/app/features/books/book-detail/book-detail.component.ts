import { CurrencyPipe, DecimalPipe, UpperCasePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { Book } from '../../../core/models/book.model';
import { BranchAvailability } from '../../../core/models/branch.model';
import { AuthService } from '../../../core/services/auth.service';
import { BookService } from '../../../core/services/book.service';
import { BranchService } from '../../../core/services/branch.service';
import { NotificationService } from '../../../core/services/notification.service';
import { InventoryListComponent } from '../../inventory/inventory-list/inventory-list.component';
import { ReviewListComponent } from '../../reviews/review-list/review-list.component';

@Component({
  selector: 'bn-book-detail',
  standalone: true,
  imports: [CurrencyPipe, DecimalPipe, UpperCasePipe, RouterLink, InventoryListComponent, ReviewListComponent],
  templateUrl: './book-detail.component.html',
  styleUrl: './book-detail.component.scss'
})
export class BookDetailComponent implements OnChanges {
  /** Bound from the :id route parameter (withComponentInputBinding). */
  @Input({ required: true }) id!: string;
  /** Optional ?review=<id> from the moderation e-mail. */
  @Input() review?: string;

  book?: Book;
  /** "Where can I pick it up?": copies per branch. */
  availability: BranchAvailability[] = [];
  notFound = false;

  constructor(
    private bookService: BookService,
    private branchService: BranchService,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnChanges(): void {
    this.bookService.getBook(this.id).subscribe({
      next: (book) => (this.book = book),
      error: () => (this.notFound = true)
    });
    this.branchService.getBookAvailability(this.id).subscribe((availability) => (this.availability = availability));
  }

  deleteBook(): void {
    if (!this.book || !confirm(`Remove "${this.book.title}" and all its copies from the catalogue?`)) {
      return;
    }

    this.bookService.deleteBook(this.book.id).subscribe(() => {
      this.notifications.success('Book removed from the catalogue.');
      this.router.navigate(['/books']);
    });
  }
}
