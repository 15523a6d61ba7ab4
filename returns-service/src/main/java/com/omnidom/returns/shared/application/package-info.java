/** Translates domain rejections into the platform's 422 and 409 answers. */
package com.omnidom.returns.shared.application;
