# lit configuration for Escape.
#
# Substitutions:
#   %opt            opt with libEscape.so loaded
#   %clang          the clang of the LLVM we build against (no plugin)
#   %clang-escape   that clang with -fpass-plugin=libEscape.so
#   %plugin         the plugin's path
#   %e2e            test/tools/e2e: build a C file with and without Escape,
#                   run both (the Escape build under valgrind when installed),
#                   compare outputs
# Features: llvm-<major>, valgrind (when valgrind is installed).
import os
import shutil

import lit.formats

config.name = "Escape"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".ll", ".c", ".test"]
config.excludes = ["Inputs", "tools", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.escape_obj_root, "test")

tools = config.llvm_tools_dir
config.environment["PATH"] = os.pathsep.join(
    [tools, config.environment.get("PATH", os.environ.get("PATH", ""))])
# Remarks and diagnostics must not depend on the user's terminal or locale.
config.environment["LC_ALL"] = "C"

plugin = config.escape_plugin
clang = os.path.join(tools, "clang")
# clang 19 parses -mllvm before it loads -fpass-plugin: loading the library
# first (-Xclang -load) makes -mllvm -escape-* options known.
load = f"-Xclang -load -Xclang {plugin} " if config.llvm_version_major < 22 else ""
config.substitutions.append(("%clang-escape", f"{clang} {load}-fpass-plugin={plugin}"))
config.substitutions.append(("%clang", clang))
config.substitutions.append(("%opt", f"{os.path.join(tools, 'opt')} -load-pass-plugin={plugin}"))
config.substitutions.append(("%plugin", plugin))
e2e = os.path.join(config.test_source_root, "tools", "e2e")
config.substitutions.append(("%e2e", f"{e2e} --clang {clang} --plugin {plugin}"))

config.available_features.add(f"llvm-{config.llvm_version_major}")
if shutil.which("valgrind"):
    config.available_features.add("valgrind")
