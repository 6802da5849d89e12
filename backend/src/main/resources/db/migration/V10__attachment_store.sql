-- Where each evidence file's bytes are: in attachment_content ('database', the default, so one backup holds
-- everything) or as an object in the S3-compatible store ('s3') when the deployment is configured so. Kept per file,
-- so a deployment that changes its store still serves the files kept before.
alter table attachment add column store varchar(16) not null default 'database';
alter table attachment add constraint attachment_store_check check (store in ('database', 's3'));
