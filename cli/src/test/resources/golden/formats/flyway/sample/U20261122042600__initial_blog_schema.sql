-- Undoes V20261122042600__initial_blog_schema.sql
-- autogen:revision 20261122042600

drop trigger update_timestamp on users;
drop trigger update_timestamp on tags;
drop trigger update_timestamp on posts;
drop trigger update_timestamp on post_tags;
drop trigger update_timestamp on comments;
-- Post.author
alter table posts drop constraint fk_posts_author_id_users;
-- Post.tags
alter table post_tags drop constraint fk_post_tags_tag_id_tags;
-- Post.tags
alter table post_tags drop constraint fk_post_tags_post_id_posts;
-- Comment.post
alter table comments drop constraint fk_comments_post_id_posts;
-- Comment.author
alter table comments drop constraint fk_comments_author_id_users;
-- Post.publishedAt
drop index ix_posts_published_at;
-- Comment.post, Comment.createdAt
drop index ix_comments_post_id_created_at;
-- User
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop table users;
-- Tag
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop table tags;
-- Post
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop table posts;
-- Post.tags
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop table post_tags;
-- Comment
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop table comments;
-- HAZARD DELETES_DATA: deletes data that the downgrade cannot bring back
drop sequence post_seq;
drop function set_updated_at();
