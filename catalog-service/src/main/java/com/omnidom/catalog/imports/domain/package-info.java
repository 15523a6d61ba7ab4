/** An import job and its progress, persisted so any instance can report it. */
package com.omnidom.catalog.imports.domain;
