-- What the assessor noted when closing a finding (销号意见); until now only a return had a text box.
ALTER TABLE "Finding" ADD COLUMN "closingNote" TEXT;
