import { Component, OnInit } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { switchMap } from 'rxjs';

import { Category } from '../../../core/models/category.model';
import { AuthService } from '../../../core/services/auth.service';
import { CategoryService } from '../../../core/services/category.service';
import { NotificationService } from '../../../core/services/notification.service';

/** Lists categories as a two-level tree; staff can add and delete them inline. */
@Component({
  selector: 'bn-category-list',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './category-list.component.html',
  styleUrl: './category-list.component.scss'
})
export class CategoryListComponent implements OnInit {
  categories: Category[] = [];

  readonly form = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(60)]],
    description: [''],
    parentCategoryId: [''],
    sortOrder: [0]
  });

  constructor(
    private fb: FormBuilder,
    private categoryService: CategoryService,
    private authService: AuthService,
    private notifications: NotificationService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  get topLevel(): Category[] {
    return this.categories.filter((c) => !c.parentCategoryId);
  }

  childrenOf(parent: Category): Category[] {
    return this.categories.filter((c) => c.parentCategoryId === parent.id);
  }

  ngOnInit(): void {
    this.load();
  }

  addCategory(): void {
    if (this.form.invalid) {
      return;
    }

    const { parentCategoryId, ...rest } = this.form.getRawValue();
    this.categoryService.createCategory({ ...rest, parentCategoryId: parentCategoryId || undefined }).subscribe((category) => {
      this.notifications.success(`Category "${category.name}" added.`);
      this.form.reset();
      this.load();
    });
  }

  /** Renames a category; reloads it first so a concurrent edit of the description is not lost. */
  renameCategory(category: Category): void {
    const name = prompt('New name', category.name)?.trim();
    if (!name || name === category.name) {
      return;
    }

    this.categoryService
      .getCategory(category.id)
      .pipe(
        switchMap(({ description, parentCategoryId, sortOrder }) =>
          this.categoryService.updateCategory(category.id, { name, description, parentCategoryId, sortOrder })
        )
      )
      .subscribe(() => this.load());
  }

  deleteCategory(category: Category): void {
    if (confirm(`Delete the category "${category.name}"?`)) {
      this.categoryService.deleteCategory(category.id).subscribe(() => this.load());
    }
  }

  private load(): void {
    this.categoryService.getCategories().subscribe((categories) => (this.categories = categories));
  }
}
