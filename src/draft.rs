//! A draft as the user is about to post it, with where and how it will be posted.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Site {
    #[default]
    X,
    Facebook,
    #[serde(other)]
    Other,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Post,
    Reply,
    Comment,
    Dm,
}

impl Kind {
    /// A reply, comment or direct message answers someone.
    pub fn is_answer(self) -> bool {
        !matches!(self, Kind::Post)
    }
}

/// What the draft answers: the author's display name or handle, and their text.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct InReplyTo {
    pub author: String,
    pub text: String,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Draft {
    pub text: String,
    pub site: Site,
    pub kind: Kind,
    /// The handle or page the draft is posted from, when known.
    pub account: Option<String>,
    pub in_reply_to: Option<InReplyTo>,
}

impl Draft {
    pub fn post(text: impl Into<String>) -> Draft {
        Draft {
            text: text.into(),
            ..Draft::default()
        }
    }

    pub fn reply(text: impl Into<String>, author: &str, original: &str) -> Draft {
        Draft {
            text: text.into(),
            kind: Kind::Reply,
            in_reply_to: Some(InReplyTo {
                author: author.into(),
                text: original.into(),
            }),
            ..Draft::default()
        }
    }

    pub fn with_kind(mut self, kind: Kind) -> Draft {
        self.kind = kind;
        self
    }

    pub fn with_account(mut self, account: &str) -> Draft {
        self.account = Some(account.into());
        self
    }
}
