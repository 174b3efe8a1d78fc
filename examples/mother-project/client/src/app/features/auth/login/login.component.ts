import { Component, Input } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { AuthService } from '../../../core/services/auth.service';

@Component({
  selector: 'bn-login',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './login.component.html',
  styleUrl: './login.component.scss'
})
export class LoginComponent {
  /** Where authGuard wanted to go before redirecting here (?returnUrl=). */
  @Input() returnUrl?: string;

  readonly form = this.fb.nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required]
  });

  submitting = false;
  errorMessage?: string;

  constructor(
    private fb: FormBuilder,
    private authService: AuthService,
    private router: Router
  ) {}

  login(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.submitting = true;
    this.errorMessage = undefined;

    this.authService.login(this.form.getRawValue()).subscribe({
      next: (response) => {
        const fallback = response.user.roles.includes('Member') ? '/loans' : '/dashboard';
        this.router.navigateByUrl(this.returnUrl || fallback);
      },
      error: () => {
        // The API deliberately does not say whether the email or the password was wrong.
        this.errorMessage = 'Email or password is incorrect.';
        this.submitting = false;
      }
    });
  }
}
