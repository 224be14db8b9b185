-- No reader of families looks them up by kelurahan (indicators and freshness scan a whole periode), and
-- every import of a new periode built this index for nothing.
DROP INDEX "families_kelurahan_periode_idx";
