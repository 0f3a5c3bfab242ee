-- People who sign in to Vigil. Passwords are stored only as DelegatingPasswordEncoder hashes
-- ("{bcrypt}$2a$..."); roles is a comma list of Vigil roles (REFERRER, RADIOLOGIST,
-- FAILSAFE_OFFICER, MANAGER, ADMIN) without the ROLE_ prefix.
create table app_user (
  username        varchar(100) primary key,
  password_hash   varchar(500) not null,
  display_name    varchar(200) not null,
  roles           varchar(200) not null,
  enabled         boolean not null,
  created_at      timestamp with time zone not null
);
