import { Component, Input, OnChanges, OnInit } from '@angular/core';
import { FormBuilder, FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { Observable, debounceTime, distinctUntilChanged, filter, map, of, switchMap } from 'rxjs';

import { Book } from '../../../core/models/book.model';
import { ReadingList, ReadingListEntry } from '../../../core/models/reading-list.model';
import { AuthService } from '../../../core/services/auth.service';
import { BookService } from '../../../core/services/book.service';
import { NotificationService } from '../../../core/services/notification.service';
import { ReadingListService } from '../../../core/services/reading-list.service';

const MIN_SEARCH_LENGTH = 3;
const MAX_SUGGESTIONS = 6;

/**
 * One reading list. Its owner renames it, switches it public/private, adds books from the catalogue,
 * removes them and moves them up and down; the new order is saved in one request.
 */
@Component({
  selector: 'bn-reading-list-detail',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './reading-list-detail.component.html',
  styleUrl: './reading-list-detail.component.scss'
})
export class ReadingListDetailComponent implements OnInit, OnChanges {
  @Input({ required: true }) id!: string;

  readonly bookSearchControl = new FormControl('', { nonNullable: true });
  readonly noteControl = new FormControl('', { nonNullable: true, validators: Validators.maxLength(200) });
  readonly settingsForm = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(80)]],
    description: ['', Validators.maxLength(500)],
    isPublic: [false]
  });

  list?: ReadingList;
  entries: ReadingListEntry[] = [];
  suggestions: Book[] = [];
  orderChanged = false;
  editing = false;

  constructor(
    private fb: FormBuilder,
    private readingListService: ReadingListService,
    private bookService: BookService,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  get isOwner(): boolean {
    return !!this.list && this.list.memberId === this.authService.currentUser?.memberId;
  }

  ngOnInit(): void {
    this.bookSearchControl.valueChanges
      .pipe(
        debounceTime(300),
        distinctUntilChanged(),
        switchMap((search) => this.searchBooks(search))
      )
      .subscribe((books) => (this.suggestions = books));
  }

  ngOnChanges(): void {
    this.readingListService.getList(this.id).subscribe((list) => this.show(list));
  }

  addBook(book: Book): void {
    const note = this.noteControl.value.trim() || undefined;
    this.readingListService.addBook(this.id, { bookId: book.id, note }).subscribe((list) => {
      this.show(list);
      this.bookSearchControl.setValue('', { emitEvent: false });
      this.noteControl.reset();
      this.suggestions = [];
    });
  }

  removeBook(entry: ReadingListEntry): void {
    this.readingListService.removeBook(this.id, entry.bookId).subscribe((list) => this.show(list));
  }

  move(index: number, offset: -1 | 1): void {
    const target = index + offset;
    if (target < 0 || target >= this.entries.length) {
      return;
    }
    const entries = [...this.entries];
    [entries[index], entries[target]] = [entries[target], entries[index]];
    this.entries = entries;
    this.orderChanged = true;
  }

  saveOrder(): void {
    this.readingListService
      .reorderBooks(this.id, { bookIds: this.entries.map((e) => e.bookId) })
      .subscribe((list) => {
        this.show(list);
        this.notifications.success('New order saved.');
      });
  }

  saveSettings(): void {
    if (this.settingsForm.invalid) {
      return;
    }
    this.readingListService.updateList(this.id, this.settingsForm.getRawValue()).subscribe((list) => {
      this.show(list);
      this.editing = false;
    });
  }

  deleteList(): void {
    if (this.list && confirm(`Delete the list "${this.list.name}"? The books stay in the catalogue.`)) {
      this.readingListService.deleteList(this.id).subscribe(() => this.router.navigate(['/reading-lists']));
    }
  }

  private show(list: ReadingList): void {
    this.list = list;
    this.entries = [...list.entries].sort((a, b) => a.position - b.position);
    this.orderChanged = false;
    this.settingsForm.setValue({ name: list.name, description: list.description ?? '', isPublic: list.isPublic });
  }

  /** Catalogue matches that are not on the list yet. */
  private searchBooks(search: string): Observable<Book[]> {
    if (search.trim().length < MIN_SEARCH_LENGTH) {
      return of([]);
    }
    const onList = new Set(this.entries.map((e) => e.bookId));
    return this.bookService.getBooks({ search, pageSize: MAX_SUGGESTIONS * 2 }).pipe(
      map((page) => page.items.filter((book) => !onList.has(book.id)).slice(0, MAX_SUGGESTIONS)),
      filter(() => this.isOwner)
    );
  }
}
