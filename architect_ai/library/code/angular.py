"""Render a `Resource` to an Angular data-access service (HttpClient, typed Observables, catchError)."""

from __future__ import annotations

from architect_ai.library.code.model import Resource, fill, kebab

_SERVICE = """\
import { Injectable } from '@angular/core';
import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { Observable, throwError } from 'rxjs';
import { catchError, retry } from 'rxjs/operators';
import { environment } from '../../environments/environment';

export interface <<name>> {
  id?: string;
<<fields>>
}

@Injectable({
  providedIn: 'root'
})
export class <<name>>Service {
  private readonly apiUrl = `${environment.apiUrl}/<<route>>`;

  constructor(private http: HttpClient) {}

  getAll(page = 1, pageSize = 20): Observable<<<name>>[]> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<<<name>>[]>(this.apiUrl, { params }).pipe(
      retry(1),
      catchError(this.handleError)
    );
  }

  getById(id: string): Observable<<<name>>> {
    return this.http.get<<<name>>>(`${this.apiUrl}/${id}`).pipe(catchError(this.handleError));
  }

  getBy<<field>>(<<param>>: string): Observable<<<lookup_type>>> {
    return this.http
      .get<<<lookup_type>>>(`${this.apiUrl}/by-<<lookup_route>>/${encodeURIComponent(<<param>>)}`)
      .pipe(catchError(this.handleError));
  }

  create(<<var>>: <<name>>): Observable<<<name>>> {
    return this.http.post<<<name>>>(this.apiUrl, <<var>>).pipe(catchError(this.handleError));
  }

  update(id: string, <<var>>: <<name>>): Observable<void> {
    return this.http.put<void>(`${this.apiUrl}/${id}`, <<var>>).pipe(catchError(this.handleError));
  }

  delete(id: string): Observable<void> {
    return this.http.delete<void>(`${this.apiUrl}/${id}`).pipe(catchError(this.handleError));
  }

  private handleError(error: HttpErrorResponse): Observable<never> {
    let message: string;
    if (error.status === 0) {
      message = 'The server could not be reached. Check your connection.';
    } else if (error.status === 404) {
      message = '<<label>> not found.';
    } else if (error.status === 409) {
      message = error.error?.detail ?? 'This <<item>> already exists.';
    } else if (error.status === 400 && error.error?.errors) {
      message = Object.values(error.error.errors as Record<string, string[]>).flat().join(' ');
    } else {
      message = error.error?.title ?? `Request failed with status ${error.status}.`;
    }
    console.error('<<name>>Service', error);
    return throwError(() => new Error(message));
  }
}"""


def render_service(resource: Resource) -> str:
    """`XxxService` with the model interface, CRUD calls and one lookup."""
    lookup = resource.field(resource.lookup)
    fields = "\n".join(f"  {f.camel}{'' if f.required else '?'}: {f.ts_type};" for f in resource.fields)
    return fill(
        _SERVICE,
        name=resource.name,
        fields=fields,
        route=resource.collection.lower(),
        field=lookup.name,
        param=lookup.camel,
        lookup_type=resource.name if resource.lookup_unique else f"{resource.name}[]",
        lookup_route=kebab(lookup.name.removesuffix("Id")),
        var=resource.name[0].lower() + resource.name[1:],
        label=resource.item[0].upper() + resource.item[1:],
        item=resource.item,
    )
