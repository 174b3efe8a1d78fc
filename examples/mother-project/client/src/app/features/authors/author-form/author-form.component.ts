import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { CreateAuthor } from '../../../core/models/author.model';
import { AuthorService } from '../../../core/services/author.service';
import { NotificationService } from '../../../core/services/notification.service';

/** Create (authors/new) and edit (authors/:id/edit); validation mirrors CreateAuthorDto. */
@Component({
  selector: 'bn-author-form',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './author-form.component.html',
  styleUrl: './author-form.component.scss'
})
export class AuthorFormComponent implements OnInit {
  @Input() id?: string;

  readonly today = new Date().toISOString().slice(0, 10);

  readonly form = this.fb.nonNullable.group({
    firstName: ['', [Validators.required, Validators.maxLength(80)]],
    lastName: ['', [Validators.required, Validators.maxLength(80)]],
    biography: ['', Validators.maxLength(4000)],
    birthDate: [''],
    nationality: ['', Validators.maxLength(60)],
    website: ['']
  });

  saving = false;

  constructor(
    private fb: FormBuilder,
    private authorService: AuthorService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  ngOnInit(): void {
    if (this.id) {
      this.authorService.getAuthor(this.id).subscribe((author) =>
        this.form.patchValue({ ...author, birthDate: author.birthDate?.slice(0, 10) ?? '' })
      );
    }
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    // Empty optional fields go to the API as absent, not as "" (which [Url] would reject).
    const { birthDate, website, ...rest } = this.form.getRawValue();
    const author: CreateAuthor = { ...rest, birthDate: birthDate || undefined, website: website || undefined };

    this.saving = true;
    const request$ = this.id ? this.authorService.updateAuthor(this.id, author) : this.authorService.createAuthor(author);
    request$.subscribe({
      next: (saved) => {
        this.notifications.success(`${saved.fullName} saved.`);
        this.router.navigate(['/authors', saved.id]);
      },
      error: () => (this.saving = false)
    });
  }
}
