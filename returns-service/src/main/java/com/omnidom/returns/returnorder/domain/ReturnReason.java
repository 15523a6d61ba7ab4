package com.omnidom.returns.returnorder.domain;

/** Why the customer returns a line. */
public enum ReturnReason { TOO_SMALL, TOO_LARGE, DAMAGED, DEFECTIVE, WRONG_ITEM, NOT_AS_DESCRIBED, CHANGED_MIND, OTHER }
