# Every combination of except / else / finally, with and without an error.
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("x")
    except ValueError:
        print("  except")
    else:
        print("  else")
    finally:
        print("  finally")


print("no error:")  # expect: no error:
run(False)
# expect:   try
# expect:   else
# expect:   finally
print("error:")  # expect: error:
run(True)
# expect:   try
# expect:   except
# expect:   finally
try:
    print("try only finally")  # expect: try only finally
finally:
    print("finally ran")  # expect: finally ran
try:
    try:
        raise KeyError("k")
    finally:
        print("inner finally before propagation")  # expect: inner finally before propagation
except KeyError:
    print("outer caught")  # expect: outer caught
try:
    pass
except Exception:
    print("never")
else:
    print("else without error")  # expect: else without error
try:
    raise IndexError("i")
except IndexError:
    print("except")  # expect: except
finally:
    print("finally")  # expect: finally
try:
    try:
        pass
    except ValueError:
        pass
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else raised")  # expect: finally after else raised
except RuntimeError as e:
    print("caught", e)  # expect: caught from else
