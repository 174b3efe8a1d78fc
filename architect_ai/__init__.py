"""Architect AI Fine-Tuning Studio: repository in, fine-tuning dataset out, tuned model checked."""

__version__ = "0.1.0"
