"""Pictures other apps keep private (signature scans) never go into a course.

The image chooser only offers what a user may choose, but a chooser field
accepts any image id it is sent. Course content therefore refuses, itself,
an image from a collection that an app higher up declares private through
the ``academy_private_image_collections`` hook (a function returning
collections; each one's descendants are private too).
"""

from wagtail import hooks

PRIVATE_COLLECTIONS_HOOK = "academy_private_image_collections"
ERROR_PRIVATE_IMAGE = (
    "This picture is kept private (a signature scan, for example) and cannot be used in a course."
)


def is_private_image(image) -> bool:
    if image is None or image.collection_id is None:
        return False
    paths = [
        collection.path
        for hook in hooks.get_hooks(PRIVATE_COLLECTIONS_HOOK)
        for collection in hook()
    ]
    return any(image.collection.path.startswith(path) for path in paths)
