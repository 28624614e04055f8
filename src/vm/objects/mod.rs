//! The heap types: one file per kind of object, and the type objects that
//! describe them (`types`). Built-in types and user classes are both
//! `TypeObject`s, and an attribute is looked up the same way for both:
//! through the type's MRO (`TypeObject::lookup`).

pub mod descriptors;
pub mod dict;
pub mod dict_table;
pub mod exception_group;
pub mod exceptions;
pub mod function;
pub mod generator;
pub mod generic_alias;
pub mod instance;
pub mod instance_dict;
pub mod int;
pub mod iter;
pub mod list;
pub mod loop_cursor;
pub mod module;
pub mod range;
pub mod set;
pub mod short_str;
pub mod str;
pub mod tuple;
pub mod types;
pub mod views;
