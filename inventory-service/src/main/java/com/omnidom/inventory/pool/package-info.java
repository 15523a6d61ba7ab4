/** Non-physical articles: pools of gift card codes, licence keys and service slots, or unlimited articles; each unit handed out once. */
package com.omnidom.inventory.pool;
