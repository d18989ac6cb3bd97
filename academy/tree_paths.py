"""Adding a node to a treebeard tree (pages, collections) inside a data migration.

Historical models lack treebeard's methods, so migrations compute the
path the way ``add_child`` would: the parent's path plus the next step.
"""

STEP = 4
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _step(number: int) -> str:
    digits = ""
    while number:
        number, digit = divmod(number, len(ALPHABET))
        digits = ALPHABET[digit] + digits
    return digits.rjust(STEP, "0")


def next_child_path(tree_model, parent) -> str:
    last = (
        tree_model.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
        .order_by("-path")
        .values_list("path", flat=True)
        .first()
    )
    return parent.path + _step(int(last[-STEP:], len(ALPHABET)) + 1 if last else 1)


def add_child(model, parent, **fields):
    """A new last child of ``parent``, an instance of the tree's base model (Page, Collection)."""
    child = model.objects.create(
        path=next_child_path(type(parent), parent),
        depth=parent.depth + 1,
        numchild=0,
        **fields,
    )
    type(parent).objects.filter(pk=parent.pk).update(numchild=parent.numchild + 1)
    parent.numchild += 1
    return child
