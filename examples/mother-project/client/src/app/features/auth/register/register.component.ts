import { Component } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';

import { AuthService } from '../../../core/services/auth.service';
import { NotificationService } from '../../../core/services/notification.service';

const MIN_PASSWORD_LENGTH = 10;

/** Self-service sign-up: creates a login and a library card in one go (RegisterRequestDto). */
@Component({
  selector: 'bn-register',
  standalone: true,
  imports: [ReactiveFormsModule, RouterLink],
  templateUrl: './register.component.html',
  styleUrl: './register.component.scss'
})
export class RegisterComponent {
  readonly minPasswordLength = MIN_PASSWORD_LENGTH;

  readonly form = this.fb.nonNullable.group({
    firstName: ['', [Validators.required, Validators.maxLength(80)]],
    lastName: ['', [Validators.required, Validators.maxLength(80)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(MIN_PASSWORD_LENGTH)]],
    address: this.fb.nonNullable.group({
      street: ['', Validators.required],
      city: ['', Validators.required],
      postalCode: ['', [Validators.required, Validators.maxLength(12)]],
      country: ['', Validators.required]
    })
  });

  submitting = false;

  constructor(
    private fb: FormBuilder,
    private authService: AuthService,
    private notifications: NotificationService,
    private router: Router
  ) {}

  register(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }

    this.submitting = true;
    this.authService.register(this.form.getRawValue()).subscribe({
      next: (response) => {
        this.notifications.success(`Welcome, ${response.user.displayName}! Your library card is ready.`);
        this.router.navigate(['/books']);
      },
      error: () => (this.submitting = false)
    });
  }
}
