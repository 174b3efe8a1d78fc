import { Component, Input, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { CreatePublisher, Publisher } from '../../../core/models/publisher.model';
import { NotificationService } from '../../../core/services/notification.service';
import { PublisherService } from '../../../core/services/publisher.service';

const PARENT_PICKER_PAGE_SIZE = 200;

/** Create (publishers/new) and edit (publishers/:id/edit); validation mirrors CreatePublisherDto. */
@Component({
  selector: 'bn-publisher-form',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './publisher-form.component.html',
  styleUrl: './publisher-form.component.scss'
})
export class PublisherFormComponent implements OnInit {
  @Input() id?: string;

  readonly currentYear = new Date().getFullYear();

  readonly form = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    city: ['', Validators.maxLength(80)],
    country: ['', Validators.maxLength(60)],
    website: [''],
    foundedYear: [null as number | null, [Validators.min(1450), Validators.max(this.currentYear)]],
    parentPublisherId: ['']
  });

  /** Top-level houses this publisher can be an imprint of (never itself, never another imprint). */
  parents: Publisher[] = [];
  saving = false;
  /** Kept from the loaded publisher (merges add them) so an update does not clear them. */
  private aliases: string[] = [];

  constructor(
    private fb: FormBuilder,
    private publisherService: PublisherService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  ngOnInit(): void {
    this.publisherService
      .getPublishers({ pageSize: PARENT_PICKER_PAGE_SIZE })
      .pipe(map((page) => page.items.filter((p) => !p.isImprint && p.id !== this.id)))
      .subscribe((parents) => (this.parents = parents));

    if (this.id) {
      this.publisherService.getPublisher(this.id).subscribe((publisher) => {
        this.aliases = publisher.aliases;
        this.form.patchValue({ ...publisher, parentPublisherId: publisher.parentPublisherId ?? '' });
      });
    }
  }

  save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    const { website, foundedYear, parentPublisherId, ...rest } = this.form.getRawValue();
    const publisher: CreatePublisher = {
      ...rest,
      website: website || undefined,
      foundedYear: foundedYear ?? undefined,
      parentPublisherId: parentPublisherId || undefined,
      aliases: this.aliases
    };

    this.saving = true;
    const request$ = this.id
      ? this.publisherService.updatePublisher(this.id, publisher)
      : this.publisherService.createPublisher(publisher);
    request$.subscribe({
      next: (saved) => {
        this.notifications.success(`${saved.name} saved.`);
        this.router.navigate(['/publishers', saved.id]);
      },
      error: () => (this.saving = false)
    });
  }
}
