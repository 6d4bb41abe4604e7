//! The table of built-in types and exception classes, created once when the
//! VM starts. Every built-in type object is immortal.

use crate::heap::{self, ObjRef};
use crate::objects::dict::{DictTable, PyDict};
use crate::objects::typeobj::{PyType, type_flags};
use std::cell::{Cell, RefCell};

macro_rules! builtin_types {
    ( $( $field:ident = $name:literal, )* ) => {
        /// The built-in (non-exception) types.
        pub struct BuiltinTypes {
            $( #[doc = concat!("The `", $name, "` type.")] pub $field: ObjRef, )*
        }

        impl BuiltinTypes {
            /// Creates every built-in type. `type` and `object` are passed
            /// in because they bootstrap each other.
            fn create(type_: ObjRef, object: ObjRef) -> BuiltinTypes {
                let mut index = 0usize;
                let mut int_type: Option<ObjRef> = None;
                let mut make = |name: &'static str| -> ObjRef {
                    let t = match name {
                        "type" => type_.clone(),
                        "object" => object.clone(),
                        // bool derives from int (which is made just before it).
                        "bool" => new_static_type(&type_, name, int_type.as_ref().or(Some(&object)), 0),
                        _ => new_static_type(&type_, name, Some(&object), 0),
                    };
                    if name == "int" {
                        int_type = Some(t.clone());
                        heap::set_free_list_type(heap::Kind::Int, &t);
                    }
                    if name == "float" {
                        heap::set_free_list_type(heap::Kind::Float, &t);
                    }
                    heap::set_builtin_type(index, &t);
                    index += 1;
                    t
                };
                BuiltinTypes { $( $field: make($name), )* }
            }

            /// Every type with its name.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![ $( ($name, &self.$field), )* ]
            }
        }
    };
}

builtin_types! {
    type_ = "type",
    object = "object",
    none_type = "NoneType",
    not_implemented_type = "NotImplementedType",
    ellipsis_type = "ellipsis",
    null_type = "NULL",
    int = "int",
    bool_ = "bool",
    float = "float",
    str_ = "str",
    bytes = "bytes",
    bytearray = "bytearray",
    memoryview = "memoryview",
    tuple = "tuple",
    list = "list",
    dict = "dict",
    set = "set",
    frozenset = "frozenset",
    range = "range",
    slice = "slice",
    function = "function",
    builtin_function = "builtin_function_or_method",
    method_descriptor = "method_descriptor",
    method = "method",
    cell = "cell",
    code = "code",
    module = "module",
    range_iterator = "range_iterator",
    list_iterator = "list_iterator",
    tuple_iterator = "tuple_iterator",
    str_iterator = "str_ascii_iterator",
    bytes_iterator = "bytes_iterator",
    bytearray_iterator = "bytearray_iterator",
    memory_iterator = "memory_iterator",
    dict_keyiterator = "dict_keyiterator",
    dict_valueiterator = "dict_valueiterator",
    dict_itemiterator = "dict_itemiterator",
    set_iterator = "set_iterator",
    list_reverseiterator = "list_reverseiterator",
    reversed = "reversed",
    str_unicode_iterator = "str_iterator",
    longrange_iterator = "longrange_iterator",
    dict_reversekeyiterator = "dict_reversekeyiterator",
    dict_reversevalueiterator = "dict_reversevalueiterator",
    dict_reverseitemiterator = "dict_reverseitemiterator",
    enumerate = "enumerate",
    zip = "zip",
    map = "map",
    filter = "filter",
    callable_iterator = "callable_iterator",
    dict_keys = "dict_keys",
    dict_values = "dict_values",
    dict_items = "dict_items",
    generator = "generator",
    property = "property",
    staticmethod = "staticmethod",
    classmethod = "classmethod",
    super_ = "super",
    traceback = "traceback",
    frame = "frame",
    weakref_ref = "ReferenceType",
    weakref_proxy = "ProxyType",
    weakref_callable_proxy = "CallableProxyType",
    member_descriptor = "member_descriptor",
    getset_descriptor = "getset_descriptor",
    mappingproxy = "mappingproxy",
}

macro_rules! exception_types {
    ( root $root:ident; $( $field:ident = $name:literal : $base:ident, )* ) => {
        /// The built-in exception classes.
        pub struct ExceptionTypes {
            /// `BaseException`.
            pub $root: ObjRef,
            $( #[doc = concat!("`", $name, "`.")] pub $field: ObjRef, )*
        }

        impl ExceptionTypes {
            fn create(type_: &ObjRef, object: &ObjRef) -> ExceptionTypes {
                let $root = new_static_type(type_, "BaseException", Some(object), type_flags::EXCEPTION);
                $( let $field = new_static_type(type_, $name, Some(&$base), type_flags::EXCEPTION); )*
                ExceptionTypes { $root, $( $field, )* }
            }

            /// Every exception class with its name.
            pub fn all(&self) -> Vec<(&'static str, &ObjRef)> {
                vec![ ("BaseException", &self.$root), $( ($name, &self.$field), )* ]
            }
        }
    };
}

exception_types! {
    root base_exception;
    generator_exit = "GeneratorExit": base_exception,
    keyboard_interrupt = "KeyboardInterrupt": base_exception,
    system_exit = "SystemExit": base_exception,
    exception = "Exception": base_exception,
    arithmetic_error = "ArithmeticError": exception,
    floating_point_error = "FloatingPointError": arithmetic_error,
    overflow_error = "OverflowError": arithmetic_error,
    zero_division_error = "ZeroDivisionError": arithmetic_error,
    assertion_error = "AssertionError": exception,
    attribute_error = "AttributeError": exception,
    buffer_error = "BufferError": exception,
    eof_error = "EOFError": exception,
    import_error = "ImportError": exception,
    module_not_found_error = "ModuleNotFoundError": import_error,
    lookup_error = "LookupError": exception,
    index_error = "IndexError": lookup_error,
    key_error = "KeyError": lookup_error,
    memory_error = "MemoryError": exception,
    name_error = "NameError": exception,
    unbound_local_error = "UnboundLocalError": name_error,
    os_error = "OSError": exception,
    blocking_io_error = "BlockingIOError": os_error,
    child_process_error = "ChildProcessError": os_error,
    connection_error = "ConnectionError": os_error,
    broken_pipe_error = "BrokenPipeError": connection_error,
    connection_aborted_error = "ConnectionAbortedError": connection_error,
    connection_refused_error = "ConnectionRefusedError": connection_error,
    connection_reset_error = "ConnectionResetError": connection_error,
    interrupted_error = "InterruptedError": os_error,
    process_lookup_error = "ProcessLookupError": os_error,
    file_exists_error = "FileExistsError": os_error,
    file_not_found_error = "FileNotFoundError": os_error,
    is_a_directory_error = "IsADirectoryError": os_error,
    not_a_directory_error = "NotADirectoryError": os_error,
    permission_error = "PermissionError": os_error,
    timeout_error = "TimeoutError": os_error,
    reference_error = "ReferenceError": exception,
    runtime_error = "RuntimeError": exception,
    not_implemented_error = "NotImplementedError": runtime_error,
    recursion_error = "RecursionError": runtime_error,
    stop_async_iteration = "StopAsyncIteration": exception,
    stop_iteration = "StopIteration": exception,
    syntax_error = "SyntaxError": exception,
    indentation_error = "IndentationError": syntax_error,
    tab_error = "TabError": indentation_error,
    system_error = "SystemError": exception,
    type_error = "TypeError": exception,
    value_error = "ValueError": exception,
    unicode_error = "UnicodeError": value_error,
    unicode_decode_error = "UnicodeDecodeError": unicode_error,
    unicode_encode_error = "UnicodeEncodeError": unicode_error,
    unicode_translate_error = "UnicodeTranslateError": unicode_error,
    warning = "Warning": exception,
    user_warning = "UserWarning": warning,
    deprecation_warning = "DeprecationWarning": warning,
    runtime_warning = "RuntimeWarning": warning,
    syntax_warning = "SyntaxWarning": warning,
    pending_deprecation_warning = "PendingDeprecationWarning": warning,
    future_warning = "FutureWarning": warning,
    import_warning = "ImportWarning": warning,
    unicode_warning = "UnicodeWarning": warning,
    bytes_warning = "BytesWarning": warning,
    resource_warning = "ResourceWarning": warning,
    encoding_warning = "EncodingWarning": warning,
}

/// Makes an immortal built-in type object with an empty dict.
fn new_static_type(type_: &ObjRef, name: &str, base: Option<&ObjRef>, flags: u32) -> ObjRef {
    let dict = new_raw_dict(type_);
    let t = heap::alloc_object(
        type_,
        PyType {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            base: base.cloned(),
            bases: RefCell::new(None),
            mro: RefCell::new(Vec::new()),
            dict,
            flags: Cell::new(flags | type_flags::BASETYPE),
            constructor: Cell::new(None),
            version_stamp: Cell::new((0, 0, 0)),
            nslots: Cell::new(0),
            inline_keys: RefCell::new(Vec::new()),
        },
    );
    t.make_immortal();
    let mut mro = vec![t.clone()];
    if let Some(b) = base
        && let Some(bt) = b.downcast::<PyType>()
    {
        mro.extend(bt.mro.borrow().iter().cloned());
    }
    if let Some(pt) = t.downcast::<PyType>() {
        *pt.mro.borrow_mut() = mro;
    }
    t
}

/// A dict object whose type is not registered yet (bootstrap only): its
/// type pointer is fixed up by [`create_types`].
fn new_raw_dict(type_: &ObjRef) -> ObjRef {
    heap::alloc_object(
        type_,
        PyDict {
            table: RefCell::new(DictTable::new()),
        },
    )
}

/// Creates all built-in types and exception classes.
pub fn create_types() -> (BuiltinTypes, ExceptionTypes) {
    // `type` is its own type; `object` is an instance of `type`.
    let type_ = heap::alloc_self_typed(PyType {
        name: RefCell::new("type".into()),
        qualname: RefCell::new("type".into()),
        base: None,
        bases: RefCell::new(None),
        mro: RefCell::new(Vec::new()),
        // The dict of `type` cannot be typed `dict` yet; it is retyped
        // once `dict` exists.
        dict: bootstrap_dict(),
        flags: Cell::new(type_flags::BASETYPE),
        constructor: Cell::new(None),
        version_stamp: Cell::new((0, 0, 0)),
        nslots: Cell::new(0),
        inline_keys: RefCell::new(Vec::new()),
    });
    type_.make_immortal();
    // A bare `object()` has no `__dict__` (its subclasses do).
    let object = new_static_type(&type_, "object", None, type_flags::NO_INSTANCE_DICT);
    let types = BuiltinTypes::create(type_.clone(), object.clone());
    // `type` derives from `object`.
    if let Some(t) = type_.downcast::<PyType>() {
        *t.mro.borrow_mut() = vec![type_.clone(), object.clone()];
    }
    // Every dict made during bootstrap gets its real type now.
    for (_, t) in types.all() {
        if let Some(pt) = t.downcast::<PyType>() {
            pt.dict.set_type(&types.dict);
        }
    }
    let exc = ExceptionTypes::create(&types.type_, &types.object);
    for (_, t) in exc.all() {
        if let Some(pt) = t.downcast::<PyType>() {
            pt.dict.set_type(&types.dict);
        }
    }
    (types, exc)
}

/// The dict of `type` itself, allocated before any type exists: it is a
/// self-typed placeholder object retyped to `dict` once `dict` exists.
fn bootstrap_dict() -> ObjRef {
    heap::alloc_self_typed(PyDict {
        table: RefCell::new(DictTable::new()),
    })
}

/// Makes a new immortal built-in type deriving from `object` (for types
/// that modules define, such as `sys.stdout`'s).
pub fn new_builtin_type(vm: &crate::vm::Vm, name: &str) -> ObjRef {
    let t = new_static_type(&vm.types.type_, name, Some(&vm.types.object), 0);
    if let Some(pt) = t.downcast::<PyType>() {
        pt.dict.set_type(&vm.types.dict);
    }
    MODULE_TYPES.with(|m| m.borrow_mut().push(t.clone()));
    t
}

thread_local! {
    /// The immortal types that modules made (see [`new_builtin_type`]).
    static MODULE_TYPES: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

/// Every immortal type modules made: their namespaces live as long as the
/// interpreter, like the built-in types' (see `Vm::shutdown`).
pub fn module_types() -> Vec<ObjRef> {
    MODULE_TYPES.with(|m| m.borrow().clone())
}
