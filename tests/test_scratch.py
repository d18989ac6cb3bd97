from django.urls import reverse, get_script_prefix

def test_admin(db):
    print(repr(get_script_prefix()))
