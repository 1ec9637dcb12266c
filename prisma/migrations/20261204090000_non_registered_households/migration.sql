-- Households outside the poverty register, checked for missed enrolment.
ALTER TYPE "HouseholdStatus" ADD VALUE 'NON_REGISTERED';
