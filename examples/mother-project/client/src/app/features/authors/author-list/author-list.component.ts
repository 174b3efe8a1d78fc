import { Component, OnInit } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { Author } from '../../../core/models/author.model';
import { PagedResult, PageQuery } from '../../../core/models/paged-result.model';
import { AuthService } from '../../../core/services/auth.service';
import { AuthorService } from '../../../core/services/author.service';
import { PaginationComponent } from '../../../shared/components/pagination/pagination.component';

@Component({
  selector: 'bn-author-list',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink, PaginationComponent],
  templateUrl: './author-list.component.html',
  styleUrl: './author-list.component.scss'
})
export class AuthorListComponent implements OnInit {
  readonly searchControl = new FormControl('', { nonNullable: true });

  result?: PagedResult<Author>;
  private query: PageQuery = { page: 1, pageSize: 25 };

  constructor(
    private authorService: AuthorService,
    private authService: AuthService
  ) {}

  get isStaff(): boolean {
    return this.authService.isStaff();
  }

  ngOnInit(): void {
    this.searchControl.valueChanges.pipe(debounceTime(300), distinctUntilChanged()).subscribe((search) => {
      this.query = { ...this.query, search, page: 1 };
      this.loadAuthors();
    });
    this.loadAuthors();
  }

  onPageChange(page: number): void {
    this.query = { ...this.query, page };
    this.loadAuthors();
  }

  private loadAuthors(): void {
    this.authorService.getAuthors(this.query).subscribe((result) => (this.result = result));
  }
}
