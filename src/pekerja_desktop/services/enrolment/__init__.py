"""Enrolment: checking, creating, editing and finishing participants; who may edit which record; desk counts."""
