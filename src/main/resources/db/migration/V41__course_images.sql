-- Images shown in a course's lessons. The bytes live here, so every node of the cluster serves
-- them. The lessons in course.content and course.published name them, in order, as
-- images: [{id, alt, width, height}]; an image is public once the published copy names it.
CREATE TABLE course_image (
  id           uuid PRIMARY KEY,
  course_id    uuid NOT NULL REFERENCES course (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
  bytes        bytea NOT NULL,
  size         integer NOT NULL CHECK (size > 0),
  alt          text NOT NULL,
  width        integer,
  height       integer,
  created_by   uuid REFERENCES account (id) ON DELETE SET NULL,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_image_course ON course_image (course_id);
