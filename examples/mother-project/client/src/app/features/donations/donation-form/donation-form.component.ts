import { AsyncPipe } from '@angular/common';
import { Component, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged, filter, map, switchMap } from 'rxjs';

import { Book } from '../../../core/models/book.model';
import { CreateDonation } from '../../../core/models/donation.model';
import { BookService } from '../../../core/services/book.service';
import { BranchService } from '../../../core/services/branch.service';
import { DonationService } from '../../../core/services/donation.service';
import { NotificationService } from '../../../core/services/notification.service';

const ISBN_PATTERN = /^(97(8|9))?\d{9}(\d|X)$/;

/**
 * Desk intake of a donated book. Typing an ISBN looks the title up in the catalogue so that
 * title and author need not be typed twice; anonymous donations keep no donor name.
 */
@Component({
  selector: 'bn-donation-form',
  standalone: true,
  imports: [AsyncPipe, ReactiveFormsModule, RouterLink],
  templateUrl: './donation-form.component.html',
  styleUrl: './donation-form.component.scss'
})
export class DonationFormComponent implements OnInit {
  readonly branches$ = this.branchService.getBranches();

  readonly form = this.fb.nonNullable.group({
    isAnonymous: [false],
    donorName: ['', Validators.maxLength(120)],
    isbn: ['', Validators.pattern(ISBN_PATTERN)],
    title: ['', [Validators.required, Validators.maxLength(200)]],
    authorName: ['', Validators.maxLength(120)],
    branchCode: ['', Validators.required]
  });

  /** Catalogue title with the same ISBN, if the library already holds it. */
  knownBook?: Book;
  saving = false;

  constructor(
    private fb: FormBuilder,
    private donationService: DonationService,
    private bookService: BookService,
    private branchService: BranchService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  ngOnInit(): void {
    this.form.controls.isAnonymous.valueChanges.subscribe((anonymous) => {
      const donorName = this.form.controls.donorName;
      if (anonymous) {
        donorName.reset();
        donorName.disable();
      } else {
        donorName.enable();
      }
    });

    this.form.controls.isbn.valueChanges
      .pipe(
        debounceTime(400),
        distinctUntilChanged(),
        filter((isbn) => ISBN_PATTERN.test(isbn)),
        switchMap((isbn) => this.bookService.getBooks({ search: isbn, pageSize: 1 })),
        map((page) => page.items.find((book) => book.isbn === this.form.controls.isbn.value))
      )
      .subscribe((book) => {
        this.knownBook = book;
        if (book) {
          this.form.patchValue({ title: book.title, authorName: book.authorName ?? '' });
        }
      });
  }

  save(another = false): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { isAnonymous, donorName, isbn, authorName, ...rest } = this.form.getRawValue();
    // An anonymous gift is sent without any donor field.
    const donation: CreateDonation = {
      ...rest,
      donorName: isAnonymous ? undefined : donorName || undefined,
      isbn: isbn || undefined,
      authorName: authorName || undefined
    };

    this.saving = true;
    this.donationService.recordDonation(donation).subscribe({
      next: (recorded) => {
        this.notifications.success(`"${recorded.title}" recorded. Thank the donor!`);
        this.saving = false;
        if (another) {
          // Donors often bring a box: keep donor and branch, clear the book.
          this.form.patchValue({ isbn: '', title: '', authorName: '' });
          this.form.markAsUntouched();
          this.knownBook = undefined;
        } else {
          this.router.navigate(['/donations', recorded.id]);
        }
      },
      error: () => (this.saving = false)
    });
  }
}
