import { DatePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';

import { Author } from '../../../core/models/author.model';
import { Book } from '../../../core/models/book.model';
import { AuthService } from '../../../core/services/auth.service';
import { AuthorService } from '../../../core/services/author.service';
import { NotificationService } from '../../../core/services/notification.service';

@Component({
  selector: 'bn-author-detail',
  standalone: true,
  imports: [DatePipe, RouterLink],
  templateUrl: './author-detail.component.html',
  styleUrl: './author-detail.component.scss'
})
export class AuthorDetailComponent implements OnChanges {
  @Input({ required: true }) id!: string;

  author?: Author;
  books: Book[] = [];

  constructor(
    private authorService: AuthorService,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnChanges(): void {
    forkJoin({
      author: this.authorService.getAuthor(this.id),
      books: this.authorService.getAuthorBooks(this.id)
    }).subscribe(({ author, books }) => {
      this.author = author;
      this.books = books;
    });
  }

  deleteAuthor(): void {
    if (!this.author || !confirm(`Delete ${this.author.fullName}?`)) {
      return;
    }

    // The API refuses (409) while books still reference the author; the error interceptor shows why.
    this.authorService.deleteAuthor(this.author.id).subscribe(() => {
      this.notifications.success('Author deleted.');
      this.router.navigate(['/authors']);
    });
  }
}
