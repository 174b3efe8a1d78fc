import { AsyncPipe } from '@angular/common';
import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { CreateBook } from '../../../core/models/book.model';
import { AuthorService } from '../../../core/services/author.service';
import { BookService } from '../../../core/services/book.service';
import { CategoryService } from '../../../core/services/category.service';
import { NotificationService } from '../../../core/services/notification.service';

const ISBN_PATTERN = /^(97(8|9))?\d{9}(\d|X)$/;
const AUTHOR_PICKER_PAGE_SIZE = 100;

/** Create (books/new) and edit (books/:id/edit) share this form; validation mirrors CreateBookDto. */
@Component({
  selector: 'bn-book-form',
  standalone: true,
  imports: [AsyncPipe, ReactiveFormsModule, RouterLink],
  templateUrl: './book-form.component.html',
  styleUrl: './book-form.component.scss'
})
export class BookFormComponent implements OnInit {
  /** Present when editing (route books/:id/edit). */
  @Input() id?: string;

  readonly currentYear = new Date().getFullYear();
  readonly authors$ = this.authorService
    .getAuthors({ pageSize: AUTHOR_PICKER_PAGE_SIZE })
    .pipe(map((page) => page.items));
  readonly categories$ = this.categoryService.getCategories();

  readonly form = this.fb.nonNullable.group({
    title: ['', [Validators.required, Validators.maxLength(200)]],
    isbn: ['', [Validators.required, Validators.pattern(ISBN_PATTERN)]],
    authorId: ['', Validators.required],
    categoryIds: [[] as string[]],
    publisher: [''],
    publishedYear: [this.currentYear, [Validators.required, Validators.min(1450), Validators.max(this.currentYear)]],
    pageCount: [1, [Validators.required, Validators.min(1)]],
    language: ['en', [Validators.required, Validators.minLength(2), Validators.maxLength(5)]],
    summary: ['', Validators.maxLength(4000)],
    coverImageUrl: [''],
    price: [0, [Validators.required, Validators.min(0)]]
  });

  saving = false;

  constructor(
    private fb: FormBuilder,
    private bookService: BookService,
    private authorService: AuthorService,
    private categoryService: CategoryService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isEdit(): boolean {
    return !!this.id;
  }

  ngOnInit(): void {
    if (this.id) {
      this.bookService.getBook(this.id).subscribe((book) => this.form.patchValue(book));
    }
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.saving = true;
    const book: CreateBook = this.form.getRawValue();
    const request$ = this.id ? this.bookService.updateBook(this.id, book) : this.bookService.createBook(book);

    request$.subscribe({
      next: (saved) => {
        this.notifications.success(`"${saved.title}" saved.`);
        this.router.navigate(['/books', saved.id]);
      },
      error: () => (this.saving = false)
    });
  }
}
