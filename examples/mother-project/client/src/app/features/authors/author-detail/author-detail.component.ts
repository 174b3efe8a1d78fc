import { DatePipe } from '@angular/common';
import { Component, Input, OnChanges } from '@angular/core';
import { RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';

import { Author } from '../../../core/models/author.model';
import { Book } from '../../../core/models/book.model';
import { AuthorService } from '../../../core/services/author.service';

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

  constructor(private authorService: AuthorService) {}

  ngOnChanges(): void {
    forkJoin({
      author: this.authorService.getAuthor(this.id),
      books: this.authorService.getAuthorBooks(this.id)
    }).subscribe(({ author, books }) => {
      this.author = author;
      this.books = books;
    });
  }
}
