"""Validation and error handling in Angular: form validators, async validators, an HTTP error interceptor."""

from architect_ai.library.code.model import CodeSpec, code

ANGULAR_VALIDATION = (
    CodeSpec(
        "validation-registration-form",
        "social_media",
        "typescript",
        "reactive-form validators for sign-up",
        "the sign-up form of our social app",
        "custom password and handle validators",
        "custom ValidatorFns check password strength and that both passwords match, and the component shows "
        "one message per failing rule",
        ("password strength", "matching passwords", "handle format"),
        code("""
        import { Component, inject } from '@angular/core';
        import {
          AbstractControl,
          FormBuilder,
          ReactiveFormsModule,
          ValidationErrors,
          ValidatorFn,
          Validators
        } from '@angular/forms';

        export function passwordStrength(minLength = 10): ValidatorFn {
          return (control: AbstractControl): ValidationErrors | null => {
            const value: string = control.value ?? '';
            if (!value) {
              return null;
            }
            const missing = {
              length: value.length < minLength,
              upper: !/[A-Z]/.test(value),
              digit: !/[0-9]/.test(value),
              symbol: !/[^A-Za-z0-9]/.test(value)
            };
            return Object.values(missing).some(Boolean) ? { passwordStrength: missing } : null;
          };
        }

        export const passwordsMatch: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
          const password = group.get('password')?.value;
          const confirm = group.get('confirmPassword')?.value;
          return password && confirm && password !== confirm ? { passwordsMismatch: true } : null;
        };

        @Component({
          selector: 'app-register',
          standalone: true,
          imports: [ReactiveFormsModule],
          templateUrl: './register.component.html'
        })
        export class RegisterComponent {
          private readonly fb = inject(FormBuilder);

          readonly form = this.fb.nonNullable.group(
            {
              handle: ['', [Validators.required, Validators.pattern(/^[a-z0-9_]{3,20}$/)]],
              email: ['', [Validators.required, Validators.email]],
              password: ['', [Validators.required, passwordStrength()]],
              confirmPassword: ['', Validators.required]
            },
            { validators: passwordsMatch }
          );

          errorFor(name: 'handle' | 'email' | 'password'): string | null {
            const control = this.form.controls[name];
            if (!control.touched || control.valid) {
              return null;
            }
            if (control.hasError('required')) {
              return 'This field is required.';
            }
            if (control.hasError('pattern')) {
              return 'Use 3 to 20 lowercase letters, digits or underscores.';
            }
            if (control.hasError('email')) {
              return 'Enter a valid email address.';
            }
            return 'Use at least 10 characters with an uppercase letter, a digit and a symbol.';
          }
        }
        """),
    ),
    CodeSpec(
        "validation-unique-sku-async",
        "inventory",
        "typescript",
        "an async unique-SKU validator",
        "the stock item form of the inventory app",
        "a UniqueSkuValidator",
        "an AsyncValidator debounces the input, looks the SKU up through the API and reports skuTaken, "
        "treating a 404 or a network error as valid so the server stays the final judge",
        ("async validation", "debounced API calls", "server-side uniqueness"),
        code("""
        import { Injectable } from '@angular/core';
        import { HttpClient } from '@angular/common/http';
        import { AbstractControl, AsyncValidator, ValidationErrors } from '@angular/forms';
        import { Observable, of, timer } from 'rxjs';
        import { catchError, map, switchMap } from 'rxjs/operators';
        import { environment } from '../../environments/environment';

        @Injectable({
          providedIn: 'root'
        })
        export class UniqueSkuValidator implements AsyncValidator {
          private readonly apiUrl = `${environment.apiUrl}/stockitems`;

          constructor(private http: HttpClient) {}

          validate(control: AbstractControl): Observable<ValidationErrors | null> {
            const sku = (control.value ?? '').trim().toUpperCase();
            if (!sku) {
              return of(null);
            }
            return timer(300).pipe(
              switchMap(() => this.http.get(`${this.apiUrl}/by-sku/${encodeURIComponent(sku)}`, {
                observe: 'response'
              })),
              map(response => (response.status === 200 ? { skuTaken: { sku } } : null)),
              catchError(() => of(null))
            );
          }
        }

        // Usage in a component:
        // sku: ['', { validators: [Validators.required], asyncValidators: [this.uniqueSku], updateOn: 'blur' }]
        """),
    ),
    CodeSpec(
        "validation-http-error-interceptor",
        "crm",
        "typescript",
        "an HTTP error interceptor",
        "the API calls of our CRM front end",
        "a ProblemDetails HTTP interceptor",
        "a functional interceptor reads ProblemDetails from failed responses, redirects on 401, and turns "
        "field errors into a typed ApiError the forms can display",
        ("ProblemDetails parsing", "401 redirects", "field-level errors"),
        code("""
        import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
        import { inject } from '@angular/core';
        import { Router } from '@angular/router';
        import { catchError, throwError } from 'rxjs';

        export interface ProblemDetails {
          type?: string;
          title?: string;
          status?: number;
          detail?: string;
          errors?: Record<string, string[]>;
        }

        export class ApiError extends Error {
          constructor(
            readonly status: number,
            message: string,
            readonly fieldErrors: Record<string, string[]> = {}
          ) {
            super(message);
          }
        }

        export const problemDetailsInterceptor: HttpInterceptorFn = (req, next) => {
          const router = inject(Router);
          return next(req).pipe(
            catchError((error: HttpErrorResponse) => {
              if (error.status === 401) {
                router.navigate(['/login'], { queryParams: { returnUrl: router.url } });
              }
              const problem: ProblemDetails | null =
                typeof error.error === 'object' && error.error !== null ? error.error : null;
              const message =
                problem?.detail ?? problem?.title ?? (error.status === 0 ? 'Server unreachable.' : error.message);
              return throwError(() => new ApiError(error.status, message, problem?.errors ?? {}));
            })
          );
        };

        // app.config.ts: provideHttpClient(withInterceptors([problemDetailsInterceptor]))
        """),
    ),
    CodeSpec(
        "validation-patient-form",
        "healthcare",
        "typescript",
        "patient intake form validators",
        "the patient intake form",
        "reusable patient form validators",
        "reusable ValidatorFns reject future birth dates and malformed MRNs, and server-side field errors are "
        "copied back onto the matching controls",
        ("date of birth not in the future", "MRN format", "server field errors"),
        code("""
        import { AbstractControl, FormGroup, ValidationErrors, ValidatorFn } from '@angular/forms';

        export const MRN_PATTERN = /^MRN[0-9]{6,10}$/;

        export function notInFuture(): ValidatorFn {
          return (control: AbstractControl): ValidationErrors | null => {
            if (!control.value) {
              return null;
            }
            const date = new Date(control.value);
            if (Number.isNaN(date.getTime())) {
              return { invalidDate: true };
            }
            return date.getTime() > Date.now() ? { inFuture: true } : null;
          };
        }

        export function mrn(): ValidatorFn {
          return (control: AbstractControl): ValidationErrors | null =>
            !control.value || MRN_PATTERN.test(control.value) ? null : { mrn: { expected: 'MRN + 6 to 10 digits' } };
        }

        export function applyServerErrors(form: FormGroup, errors: Record<string, string[]>): void {
          for (const [field, messages] of Object.entries(errors)) {
            const control = form.get(field);
            if (control) {
              control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
              control.markAsTouched();
            } else {
              form.setErrors({ ...(form.errors ?? {}), server: messages.join(' ') });
            }
          }
        }
        """),
    ),
)
